import { type ReactNode, useEffect } from 'react';

/** A page's title (also the document's) and its actions, above its content. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Hookflow`;
  }, [title]);
  return (
    <section className="page">
      <div className="page-header">
        <h1>{title}</h1>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
