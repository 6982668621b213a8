import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client';
import { TextAreaField } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { type MappingDraft, treeOf } from './tree';

/** The guide's "Parsed Structure" option: a sample payload from the target becomes the target tree. */
export function SampleJson({ onParsed, replacing }: { onParsed: (draft: MappingDraft) => void; replacing: boolean }) {
  const [sample, setSample] = useState('');
  const parse = useMutation({
    mutationFn: () => ok(api.POST('/v1/mappings/parse-sample', { body: { sample } })),
    onSuccess: (parsed) => onParsed({ root: parsed.root, each: parsed.each ?? '', fields: treeOf(parsed.fields) }),
  });
  const atField = parse.error instanceof ApiError && parse.error.field === 'sample' ? parse.error.message : undefined;
  return (
    <section className="card sample-json" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Sample JSON from Destination</h2>
      <p className="hint">The easiest way to start: paste a sample payload from the target application, and Parse JSON works out the target fields and their types.</p>
      <TextAreaField label="Sample JSON" value={sample} onChange={setSample} rows={8} placeholder='{ "attachments": [ … ] }' error={atField} />
      {parse.error && !atField && <ErrorNotice error={parse.error} />}
      <div className="row">
        <button type="button" onClick={() => parse.mutate()} disabled={!sample.trim() || parse.isPending}>
          {parse.isPending ? 'Parsing…' : 'Parse JSON'}
        </button>
        {replacing && <span className="hint">Parsing replaces the target fields below.</span>}
      </div>
    </section>
  );
}
