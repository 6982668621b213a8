import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { SelectField } from '../../components/field';
import { JsonText } from '../../components/json-text';
import { ErrorNotice } from '../../components/notice';
import { type MappingDraft, type Problem, definitionOf } from './tree';

/**
 * Preview Mapping: the mapping as it stands in the editor (saved or not), rendered against a real
 * registration; the payload it gives, or its problems (which the tree shows at their fields).
 */
export function PreviewPanel({ draft, onProblems }: { draft: MappingDraft; onProblems: (problems: Problem[]) => void }) {
  const registrations = useQuery({ queryKey: ['registrations', 'recent'], queryFn: () => ok(api.GET('/v1/registrations', { params: { query: { limit: 100 } } })) });
  const [chosen, setChosen] = useState('');
  const codes = registrations.data?.registrations ?? [];
  const code = chosen || codes[0]?.code || '';
  const preview = useMutation({
    mutationFn: () => ok(api.POST('/v1/mappings/preview', { body: { mapping: definitionOf(draft), registrationCode: code } })),
    onSuccess: (answer) => onProblems(answer.ok ? [] : answer.errors),
  });
  const answer = preview.data;
  return (
    <section className="card preview-panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      {registrations.error && <ErrorNotice error={registrations.error} />}
      {registrations.data && codes.length === 0 ? (
        <p className="empty">No registrations yet: a preview renders against a real one.</p>
      ) : (
        <SelectField label="Registration" value={code} onChange={setChosen} options={codes.map((r) => ({ value: r.code, label: `${r.code} · ${r.eventCode} · ${r.status}` }))} hint="The mapping renders as a change of this registration would." />
      )}
      <button type="button" className="primary" onClick={() => preview.mutate()} disabled={!code || preview.isPending}>
        Preview
      </button>
      <div aria-live="polite" className="preview-result">
        {preview.isPending && <p className="loading">Rendering…</p>}
        {preview.error && <ErrorNotice error={preview.error} />}
        {answer?.ok && 'value' in answer && <JsonText label="Rendered payload" value={answer.value} />}
        {answer && !answer.ok && (
          <div className="notice error" role="alert">
            <strong>The mapping does not render for {code}:</strong>
            <ul>
              {answer.errors.map((e) => (
                <li key={e.message}>{e.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
