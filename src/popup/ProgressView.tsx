import type { Stage } from '../messages/protocol';
import { STAGE_LABEL } from '../ui/labels';

/** Props of {@link ProgressView}. */
export type ProgressViewProps = {
  /** The stage the background last reported, or null before the first report. */
  stage: Stage | null;
};

const STEPS = ['injecting', 'extracting', 'matching', 'highlighting'] as const;

/** The analysis under way, step by step, so a slow page does not look like a hung popup. */
export function ProgressView({ stage }: ProgressViewProps) {
  const current = stage === null ? 0 : stage === 'done' ? STEPS.length : STEPS.indexOf(stage);
  return (
    <section class="state state--analysing" aria-labelledby="progress-title">
      <h2 id="progress-title" class="state__title">
        Checking this article…
      </h2>
      <ol class="steps">
        {STEPS.map((step, i) => {
          const status = i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li key={step} class={`step step--${status}`} aria-current={status === 'current' ? 'step' : undefined}>
              <span class="step__dot" aria-hidden="true">
                {status === 'done' && (
                  <svg viewBox="0 0 16 16" width="10" height="10" focusable="false">
                    <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
                  </svg>
                )}
              </span>
              {STAGE_LABEL[step]}
              {status === 'done' && <span class="visually-hidden"> (done)</span>}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status">
        {current < STEPS.length ? STAGE_LABEL[STEPS[current]!] : STAGE_LABEL.done}
      </p>
    </section>
  );
}
