/**
 * One chapter of the outline: its headings are in the plan read; its text is fetched when a reader opens it
 * (GET …/nodes/:id/text, revalidated by ETag, so a second visit costs a 304), which keeps the page's first
 * request small on a phone.
 */
import { useState } from 'react';
import type { NodeTextJson, OutlineHeadingJson, PublishedNodeTextJson } from '@gangmu/contract';
import { api } from '../../../shared/api.ts';
import { t } from '../../../shared/i18n.ts';

export function ChapterText({ planId, chapter }: { planId: string; chapter: OutlineHeadingJson }) {
  const [text, setText] = useState<NodeTextJson | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const load = (open: boolean) => {
    if (!open || text) return;
    api<PublishedNodeTextJson>(`/api/plans/${planId}/nodes/${chapter.id}/text`).then(
      (r) => setText(r.node),
      (e: Error) => setFailed(e.message),
    );
  };
  const bodyOf = (id: string): string | undefined => {
    const find = (n: NodeTextJson): NodeTextJson | undefined =>
      n.id === id ? n : n.children.map(find).find(Boolean);
    return text ? find(text)?.body : undefined;
  };
  const paragraph = (id: string) => {
    const body = bodyOf(id);
    return body ? (
      <p className="node-text" data-user-content>
        {body}
      </p>
    ) : null;
  };
  return (
    <details onToggle={(e) => load((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        第{chapter.no}章 {chapter.title}
      </summary>
      {failed && <p role="alert">{failed}</p>}
      {!text && !failed && <p className="muted">{t('loading')}</p>}
      {paragraph(chapter.id)}
      {chapter.children.map((s) => (
        <div key={s.id}>
          <strong>
            第{s.no}节 {s.title}
          </strong>
          {paragraph(s.id)}
          <ul className="items">
            {s.children.map((it) => (
              <li key={it.id}>
                {it.title}
                {paragraph(it.id)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
