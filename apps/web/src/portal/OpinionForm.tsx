/**
 * An opinion on a plan, a chapter or item, an indicator or a 专栏 project (issue 16). Contact details and the
 * e-mail are optional and never shown in public; the visitor may agree to share them with the answering unit.
 * After posting it shows the tracking code and the private link (the token travels in the link's #fragment,
 * so it is never sent to a server in a page request). A hidden honeypot field catches bots.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { OutlineHeadingJson, PostedOpinionJson, PublicPlanJson } from '@gangmu/contract';
import { api, ApiError } from '../shared/api.ts';
import { isEnglish, t, type Key } from '../shared/i18n.ts';

type TargetType = 'plan' | 'node' | 'indicator' | 'project';
const TARGET_LABEL: Record<TargetType, Key> = {
  plan: 'targetPlan',
  node: 'targetNode',
  indicator: 'targetIndicator',
  project: 'targetProject',
};

/** The private link of a posted opinion: the tracking page, with the token after the #. */
export const privateLink = (code: string, token: string) => `${location.origin}/track/${code}#${token}`;

/** The outline's headings as choices: 第N章 …, then its sections and items, indented by level. */
function nodeChoices(outline: readonly OutlineHeadingJson[]): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  const walk = (n: OutlineHeadingJson, depth: number) => {
    if (n.kind !== 'part') {
      const no = n.kind === 'chapter' ? `第${n.no}章 ` : n.kind === 'section' ? `第${n.no}节 ` : '';
      out.push({ id: n.id, label: `${'\u3000'.repeat(depth)}${no}${n.title}` });
    }
    n.children.forEach((c) => walk(c, n.kind === 'part' ? depth : depth + 1));
  };
  outline.forEach((n) => walk(n, 0));
  return out;
}

function targetChoices(plan: PublicPlanJson, type: TargetType): { id: string; label: string }[] {
  if (type === 'node') return nodeChoices(plan.outline);
  if (type === 'indicator') return plan.indicators.map((i) => ({ id: i.id, label: i.name }));
  if (type === 'project')
    return plan.projects.map((p) => ({
      id: p.id,
      label: `${isEnglish() ? `Box ${p.boxNo}` : `专栏${p.boxNo}`} · ${p.name}`,
    }));
  return [];
}

export function OpinionForm({
  planId,
  plan,
  targetType: fixedType,
  targetId: fixedId,
}: {
  planId: string;
  /** With the plan, the visitor chooses what the opinion is about; without it, the target is fixed. */
  plan?: PublicPlanJson;
  targetType?: TargetType;
  targetId?: string;
}) {
  const [type, setType] = useState<TargetType>(fixedType ?? 'plan');
  const [targetId, setTargetId] = useState<string>(fixedId ?? '');
  const [posted, setPosted] = useState<PostedOpinionJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `op-${fixedType ?? 'any'}-${fixedId ?? planId}`;
  const choices = plan && !fixedType ? targetChoices(plan, type) : [];

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const r = await api<PostedOpinionJson>('/api/opinions', {
        method: 'POST',
        body: {
          planId,
          targetType: type,
          ...(type !== 'plan' && targetId ? { targetId } : {}),
          content: text('content'),
          ...(text('authorName') ? { authorName: text('authorName') } : {}),
          ...(text('contact') ? { contact: text('contact') } : {}),
          ...(text('notifyEmail') ? { notifyEmail: text('notifyEmail') } : {}),
          shareContact: form.get('shareContact') === 'on',
          ...(text('website') ? { website: text('website') } : {}),
        },
      });
      setPosted(r);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error'));
    } finally {
      setBusy(false);
    }
  }

  if (posted) {
    const link = privateLink(posted.trackingCode, posted.token);
    return (
      <section className="card posted" role="status" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`}>{t('submitted')}</h2>
        {posted.message && <p>{isEnglish() ? posted.message.en : posted.message.zh}</p>}
        <p>
          {t('trackingCode')}：
          <strong className="code" data-testid="tracking-code">
            {posted.trackingCode}
          </strong>
        </p>
        <p>
          {t('privateLink')}：
          <a href={link} className="link-text" data-testid="private-link">
            {link}
          </a>
        </p>
        <p className="muted">
          {t('privateLinkHint')}
          {t('copyHint')}
        </p>
        <p>
          <Link to={`/track/${posted.trackingCode}`}>{t('track')}</Link>
        </p>
      </section>
    );
  }
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('opinion')}</h2>
      <p className="muted">{t('opinionHint')}</p>
      {plan && !fixedType && (
        <>
          <label htmlFor={`${id}-type`}>{t('opinionOn')}</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              setType(e.target.value as TargetType);
              setTargetId('');
            }}
          >
            {(Object.keys(TARGET_LABEL) as TargetType[]).map((k) => (
              <option key={k} value={k}>
                {t(TARGET_LABEL[k])}
              </option>
            ))}
          </select>
          {type !== 'plan' && (
            <>
              <label htmlFor={`${id}-target`}>{t('chooseTarget')}</label>
              <select
                id={`${id}-target`}
                required
                value={targetId}
                onChange={(e) => setTargetId(e.target.value)}
              >
                <option value="" disabled>
                  —
                </option>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </>
          )}
        </>
      )}
      <label htmlFor={`${id}-content`}>{t('content')}</label>
      <textarea id={`${id}-content`} name="content" required minLength={2} maxLength={2000} rows={4} />
      <label htmlFor={`${id}-name`}>{t('name')}</label>
      <input id={`${id}-name`} name="authorName" maxLength={50} autoComplete="name" />
      <label htmlFor={`${id}-contact`}>{t('contact')}</label>
      <input id={`${id}-contact`} name="contact" maxLength={100} autoComplete="tel" />
      <label htmlFor={`${id}-email`}>{t('notifyEmail')}</label>
      <input id={`${id}-email`} name="notifyEmail" type="email" maxLength={200} autoComplete="email" />
      <div className="check">
        <input id={`${id}-share`} name="shareContact" type="checkbox" />
        <label htmlFor={`${id}-share`}>{t('shareContact')}</label>
      </div>
      <div className="hp" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Website</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {error && <p role="alert">{error}</p>}
      <button className="primary" type="submit" disabled={busy}>
        {t('submit')}
      </button>
    </form>
  );
}
