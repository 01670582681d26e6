import { useEffect, useRef } from 'react';
import { Button } from '../../ui/Button';

/** "Deleted X — Undo": a polite status with a focused Undo button; dismiss with Esc or ×. */
export function UndoBar({
  message,
  onUndo,
  onDismiss,
  busy,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  busy?: boolean;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="notice" role="status" onKeyDown={(e) => e.key === 'Escape' && onDismiss()}>
      <span>{message}</span>
      <Button ref={ref} onClick={onUndo} disabled={busy}>
        Undo
      </Button>
      <Button variant="quiet" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </Button>
    </div>
  );
}
