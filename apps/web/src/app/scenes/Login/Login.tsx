import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { api, setCsrf } from '../../../shared/api.ts';
import { t } from '../../i18n/index.ts';

export function Login({ onLogin }: { onLogin: () => void }) {
  const [error, setError] = useState<string | null>(null);

  return (
    <Card title={t('signInTitle')} style={{ maxWidth: 380, margin: '10vh auto' }}>
      <Form
        layout="vertical"
        onFinish={async (v: { username: string; password: string }) => {
          try {
            const s = await api<{ csrfToken: string }>('/api/session', { method: 'POST', body: v });
            setCsrf(s.csrfToken);
            onLogin();
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        <Form.Item label={t('userName')} name="username" rules={[{ required: true }]}>
          <Input id="username" autoComplete="username" />
        </Form.Item>
        <Form.Item label={t('password')} name="password" rules={[{ required: true }]}>
          <Input.Password id="password" autoComplete="current-password" />
        </Form.Item>
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" block>
          {t('signIn')}
        </Button>
      </Form>
    </Card>
  );
}
