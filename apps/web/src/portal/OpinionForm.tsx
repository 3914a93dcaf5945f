/** An opinion on a plan, an outline item or an indicator; a hidden honeypot field catches bots. */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../shared/api.ts';
import { t } from '../shared/i18n.ts';

export function OpinionForm({
  planId,
  targetType,
  targetId,
}: {
  planId: string;
  targetType: 'plan' | 'node' | 'indicator';
  targetId?: string;
}) {
  const [state, setState] = useState<'idle' | 'sent' | string>('idle');
  const id = `op-${targetType}-${targetId ?? 'plan'}`;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      await api(`/api/plans/${planId}/opinions`, {
        method: 'POST',
        body: {
          targetType,
          ...(targetId ? { targetId } : {}),
          content: String(form.get('content') ?? ''),
          ...(form.get('authorName') ? { authorName: String(form.get('authorName')) } : {}),
          ...(form.get('contact') ? { contact: String(form.get('contact')) } : {}),
          ...(form.get('website') ? { website: String(form.get('website')) } : {}),
        },
      });
      setState('sent');
    } catch (err) {
      setState(err instanceof ApiError ? err.message : t('error'));
    }
  }
  if (state === 'sent') return <p role="status">{t('submitted')}</p>;
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('opinion')}</h2>
      <p className="muted">{t('opinionHint')}</p>
      <label htmlFor={`${id}-content`}>{t('content')}</label>
      <textarea id={`${id}-content`} name="content" required minLength={2} maxLength={2000} rows={3} />
      <label htmlFor={`${id}-name`}>{t('name')}</label>
      <input id={`${id}-name`} name="authorName" maxLength={50} autoComplete="name" />
      <label htmlFor={`${id}-contact`}>{t('contact')}</label>
      <input id={`${id}-contact`} name="contact" maxLength={100} />
      <div className="hp" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Website</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {state !== 'idle' && <p role="alert">{state}</p>}
      <button className="primary" type="submit">
        {t('submit')}
      </button>
    </form>
  );
}
