/** Props of {@link SearchBox}. */
export type SearchBoxProps = {
  value: string;
  onInput: (value: string) => void;
};

/** Free-text search over the statements, the other reports' quotes and their outlets. */
export function SearchBox({ value, onInput }: SearchBoxProps) {
  return (
    <div class="search">
      <label class="visually-hidden" for="claim-search">
        Search statements
      </label>
      <svg class="icon search__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="m10.5 10.5 3.5 3.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </svg>
      <input
        id="claim-search"
        class="search__input"
        type="search"
        placeholder="Search statements"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
