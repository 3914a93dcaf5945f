/** Import review's data: upload a plan file, then its decoded source lines (with pages, for PDF) and recovered outline. */
import { useState } from 'react';
import { api, type OutlineNode, type PlanView } from '../../../shared/api.ts';
import type { ImportResult } from '../../api-types.ts';
import { sourceLines, type SourceLine } from './source-lines.ts';

export function useImport() {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [source, setSource] = useState<SourceLine[]>([]);
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const r = await api<ImportResult>('/api/plans/import', {
        method: 'POST',
        raw: await file.arrayBuffer(),
        contentType: 'application/octet-stream',
      });
      setResult(r);
      const s = await api<{ text: string | null }>(`/api/plans/${r.id}/source`);
      setSource(sourceLines(s.text ?? ''));
      setOutline((await api<PlanView>(`/api/plans/${r.id}`)).outline);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { result, source, outline, error, busy, upload };
}
