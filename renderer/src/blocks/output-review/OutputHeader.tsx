import { useTranslation } from 'react-i18next';
import type { OutputReviewBlock } from '../../../../core/blocks/output-review/definition';
import { useLocalized } from '../../hooks';

/** The output's title and where it comes from: who asked, which tool, the request, what the tool had. */
export function OutputHeader({ block, titleId }: { block: OutputReviewBlock; titleId: string }) {
  const { t } = useTranslation('output-review');
  const localized = useLocalized();
  return (
    <>
      <h3 id={titleId} className="review-title">
        {localized(block.output)}
      </h3>
      <section className="review-origin" aria-label={t('origin.title')}>
        <dl>
          <dt>{t('origin.requester')}</dt>
          <dd>{localized(block.origin.requester)}</dd>
          <dt>{t('origin.tool')}</dt>
          <dd>{localized(block.origin.tool)}</dd>
          <dt>{t('origin.prompt')}</dt>
          <dd>
            <q>{localized(block.origin.prompt)}</q>
          </dd>
          <dt>{t('origin.input')}</dt>
          <dd>{localized(block.origin.input)}</dd>
        </dl>
      </section>
    </>
  );
}
