import { useState } from 'react';

/** Delete, asked twice: the first press only asks, the second (or Cancel) answers. */
export function ConfirmDelete({ what, onDelete, pending }: { what: string; onDelete: () => void; pending?: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-label={`Delete ${what}?`}>
      <span>Delete {what}? This cannot be undone.</span>
      {/* The question just appeared where the focus was: the answer takes the focus. */}
      <button type="button" className="danger" autoFocus disabled={pending} onClick={onDelete}>
        {pending ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
