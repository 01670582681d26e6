import { useRef, type KeyboardEvent } from 'react';
import { SCREENS, SCREEN_LABELS, type ScreenId } from './navigation';

/**
 * The screen switcher: a WAI-ARIA tablist with roving focus (←/→, Home/End move and activate;
 * only the selected tab is in the Tab order, per the APG tabs pattern).
 */
export function Tabs({
  screen,
  onSelect,
  badges,
}: {
  screen: ScreenId;
  onSelect: (s: ScreenId) => void;
  badges?: Partial<Record<ScreenId, number>>;
}) {
  const refs = useRef<Partial<Record<ScreenId, HTMLButtonElement | null>>>({});
  const move = (to: number) => {
    const next = SCREENS[(to + SCREENS.length) % SCREENS.length];
    onSelect(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = SCREENS.indexOf(screen);
    if (e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(SCREENS.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div role="tablist" aria-label="Screens" className="tabs">
      {SCREENS.map((id) => {
        const selected = id === screen;
        const badge = badges?.[id];
        return (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            role="tab"
            type="button"
            id={`tab-${id}`}
            aria-selected={selected}
            aria-controls={`panel-${id}`}
            tabIndex={selected ? 0 : -1}
            className="tab"
            aria-keyshortcuts={`Alt+${SCREENS.indexOf(id) + 1}`}
            onClick={() => onSelect(id)}
            onKeyDown={onKeyDown}
          >
            {SCREEN_LABELS[id]}
            {badge ? (
              <span
                className="tab-badge"
                aria-label={`${badge} ${id === 'alerts' ? 'unacknowledged alerts' : 'warnings'}`}
              >
                {badge}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
