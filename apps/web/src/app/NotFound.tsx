/** An address the staff app does not know: a page that says so and leads back, not a blank screen. */
import { Link } from 'react-router';
import { Button, Result } from 'antd';
import { L } from './i18n.ts';

export const NotFound = () => (
  <Result
    status="404"
    title={L('页面不存在', 'Page not found')}
    subTitle={L('地址有误，或该页面已移除。', 'The address is wrong, or the page was removed.')}
    extra={
      <Link to="/">
        <Button type="primary">{L('返回总览', 'Back to the dashboard')}</Button>
      </Link>
    }
  />
);
