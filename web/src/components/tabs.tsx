import { type KeyboardEvent, type ReactNode, useId } from 'react';

/** Tabs as the ARIA pattern has them: arrow keys move between tabs, the panel follows the selection. */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: { label: string; tabs: readonly { id: T; label: string }[]; selected: T; onSelect: (id: T) => void; children: ReactNode }) {
  const base = useId();
  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      onSelect(next.id);
      document.getElementById(`${base}-${next.id}`)?.focus();
    }
  };
  return (
    <>
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((t, i) => (
        <button key={t.id} id={`${base}-${t.id}`} type="button" role="tab" aria-controls={`${base}-panel`} aria-selected={t.id === selected} tabIndex={t.id === selected ? 0 : -1} onClick={() => onSelect(t.id)} onKeyDown={(e) => move(e, i)}>
          {t.label}
        </button>
      ))}
    </div>
    <div id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-${selected}`} className="tab-panel">
      {children}
    </div>
    </>
  );
}
