import { Button, Form, Input, Rate } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { type DossierView, useRate } from './queries.ts';

const STARS = [1, 2, 3, 4, 5] as const;

/** "Đánh giá sự hài lòng" once the result is delivered: 1–5 stars and a comment (QĐ 766: satisfaction). */
export function RatingPanel({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const rate = useRate(dossier.id);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const tooltips = STARS.map((n) => t(`myDossiers.rating.levels.${n}`));

  if (dossier.rating !== null) {
    return (
      <section className="dossier-section" aria-labelledby="rating-heading">
        <h2 id="rating-heading">{t('myDossiers.rating.title')}</h2>
        <p>
          {t('myDossiers.rating.done', { rating: dossier.rating, level: tooltips[dossier.rating - 1] ?? '' })}
        </p>
      </section>
    );
  }

  const send = (event: FormEvent) => {
    event.preventDefault();
    setMissing(rating === 0);
    if (rating === 0) return;
    const trimmed = comment.trim();
    rate.mutate({ rating, ...(trimmed ? { comment: trimmed.normalize('NFC') } : {}) });
  };

  return (
    <section className="dossier-section dossier-section--action" aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t('myDossiers.rating.title')}</h2>
      <form onSubmit={send} noValidate>
        <fieldset className="rating-stars" aria-describedby={missing ? 'rating-missing' : undefined}>
          <legend>{t('myDossiers.rating.question')}</legend>
          <Rate value={rating} onChange={setRating} tooltips={tooltips} count={5} />
          <span className="rating-stars__value" aria-live="polite">
            {rating > 0 ? tooltips[rating - 1] : ''}
          </span>
        </fieldset>
        {missing ? (
          <p id="rating-missing" role="alert" className="dossier-error">
            {t('myDossiers.rating.missing')}
          </p>
        ) : null}
        <Form.Item label={t('myDossiers.rating.comment')} htmlFor="rating-comment" layout="vertical">
          <Input.TextArea
            id="rating-comment"
            rows={3}
            maxLength={1000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending}>
          {t('myDossiers.rating.send')}
        </Button>
      </form>
      {rate.isError ? <ProblemAlert error={rate.error} title={t('myDossiers.rating.failed')} /> : null}
    </section>
  );
}
