/** An address the staff app does not know: a page that says so and leads back, not a blank screen. */
import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { t } from './i18n/index.ts';

export const NotFound = () => (
  <Result
    status="404"
    title={t('pageNotFound')}
    subTitle={t('notFoundHint')}
    extra={
      <Link to="/">
        <Button type="primary">{t('backToDashboard')}</Button>
      </Link>
    }
  />
);
