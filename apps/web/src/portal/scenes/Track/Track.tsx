/**
 * 查询办理进度: a visitor types the tracking code (or opens the private link) and sees the stage
 * (已受理 / 办理中 / 已答复), the answering unit and its deadline, the published answer; through the private
 * link, the answer can be rated 满意 / 基本满意 / 不满意 with a comment.
 */
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { FollowedOpinionJson } from '@gangmu/contract';
import { t } from '../../../shared/i18n.ts';
import { formatDate } from '../../../shared/time.ts';
import { RATING_KEY, STAGE_KEY, type Rating } from '../../opinion-words.ts';
import { isTrackingCode, normaliseCode, useTrack } from './useTrack.ts';

const STAGE_COLOR: Record<FollowedOpinionJson['stage'], string> = {
  received: '#0550ae',
  handling: '#7d5800',
  answered: '#1a7f37',
  declined: '#57606a',
  merged: '#57606a',
};

export default function Track() {
  const { code } = useParams();
  const token = useLocation().hash.replace(/^#/, '') || null;
  const navigate = useNavigate();
  const { opinion, error, rated, rate } = useTrack(code, token);
  const [typed, setTyped] = useState(code ?? '');
  const [invalid, setInvalid] = useState(false);
  const lookUp = (e: FormEvent) => {
    e.preventDefault();
    if (!isTrackingCode(typed)) return setInvalid(true);
    setInvalid(false);
    navigate(`/track/${normaliseCode(typed)}`);
  };
  return (
    <>
      <h1>{t('track')}</h1>
      <form className="card" onSubmit={lookUp} aria-label={t('track')}>
        <label htmlFor="track-code">{t('trackingCode')}</label>
        <p className="muted" id="track-hint">
          {t('trackHint')}
        </p>
        <input
          id="track-code"
          aria-describedby="track-hint"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
        {invalid && <p role="alert">{t('trackHint')}</p>}
        <button className="primary" type="submit">
          {t('query')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {rated && (
        <p role="status" className="card">
          {rated.reopened ? t('ratedReopened') : t('rated')}
        </p>
      )}
      {opinion && <FollowedOpinion opinion={opinion} tokenGiven={!!token} rate={rate} />}
    </>
  );
}

function FollowedOpinion({
  opinion: o,
  tokenGiven,
  rate,
}: {
  opinion: FollowedOpinionJson;
  tokenGiven: boolean;
  rate: (rating: Rating, comment: string) => Promise<boolean>;
}) {
  return (
    <section className="card" aria-labelledby="followed-h" data-testid="followed-opinion">
      <h2 id="followed-h">
        {t('trackingCode')} {o.trackingCode}
      </h2>
      <p>
        {t('stage')}：
        <span className="badge" style={{ background: STAGE_COLOR[o.stage] }} data-testid="stage">
          {t(STAGE_KEY[o.stage])}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('postedOn')}</dt>
        <dd>{formatDate(o.postedOn)}</dd>
        {o.unitName && (
          <>
            <dt>{t('handlingUnit')}</dt>
            <dd data-user-content>{o.unitName}</dd>
          </>
        )}
        {o.deadline && o.stage === 'handling' && (
          <>
            <dt>{t('deadline')}</dt>
            <dd>{o.deadline}</dd>
          </>
        )}
      </dl>
      <h3>{t('content')}</h3>
      <p className="opinion" data-user-content>
        {o.content}
      </p>
      {o.declineReason && (
        <>
          <h3>{t('declineReason')}</h3>
          <p data-user-content>{o.declineReason}</p>
        </>
      )}
      {o.answer && (
        <>
          <h3>
            {t('answer')}
            {o.publishedAt && <span className="muted">（{formatDate(o.publishedAt)}）</span>}
          </h3>
          <p className="answer" data-user-content data-testid="answer">
            {o.answer}
          </p>
        </>
      )}
      {o.taskLinked && <p>{t('taskLinked')}</p>}
      {o.reopened && <p className="muted">{t('reopenedNote')}</p>}
      {o.rating && (
        <p>
          {t('yourRating')}：{t(RATING_KEY[o.rating])}
        </p>
      )}
      {o.canRate && <RatingForm rate={rate} />}
      {o.stage === 'answered' && !o.canRate && !o.rating && !tokenGiven && (
        <p className="muted">{t('rateWithLinkHint')}</p>
      )}
    </section>
  );
}

function RatingForm({ rate }: { rate: (rating: Rating, comment: string) => Promise<boolean> }) {
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    await rate(form.get('rating') as Rating, String(form.get('comment') ?? ''));
    setBusy(false);
  };
  return (
    <form onSubmit={submit} aria-labelledby="rate-h">
      <h3 id="rate-h">{t('rateTitle')}</h3>
      <fieldset>
        <legend>{t('rating')}</legend>
        {(Object.keys(RATING_KEY) as Rating[]).map((r) => (
          <div className="check" key={r}>
            <input type="radio" id={`rating-${r}`} name="rating" value={r} required />
            <label htmlFor={`rating-${r}`}>{t(RATING_KEY[r])}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor="rating-comment">{t('ratingComment')}</label>
      <textarea id="rating-comment" name="comment" maxLength={500} rows={2} />
      <button className="primary" type="submit" disabled={busy}>
        {t('rateSubmit')}
      </button>
    </form>
  );
}
