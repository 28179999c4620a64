/** Props of {@link HighlightToggle}. */
export type HighlightToggleProps = {
  /** The highlights are shown on the page. */
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** A switch that shows or hides the highlights on the page. */
export function HighlightToggle({ checked, onChange }: HighlightToggleProps) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" class="switch__input" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span class="switch__label">Highlights on page</span>
    </label>
  );
}
