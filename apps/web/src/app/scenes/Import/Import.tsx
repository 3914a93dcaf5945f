/**
 * Import review: upload a plan file; the source text beside the recovered structure, diagnostics marked at
 * their lines; then open the draft to fix headings in place and publish it.
 */
import { Link } from 'react-router';
import { Alert, Button, Card, Col, List, Progress, Row, Space, Tabs, Tag, Tree } from 'antd';
import { isEnglish } from '../../../shared/i18n.ts';
import { TAG, t } from '../../i18n/index.ts';
import { outlineTree } from '../Plan/outline-label.ts';
import { useImport } from './useImport.ts';

export default function Import() {
  const { result, source, outline, error, busy, upload } = useImport();
  const marked = new Map((result?.diagnostics ?? []).filter((d) => d.line > 0).map((d) => [d.line, d]));
  return (
    <>
      <Card title={t('importTitle')}>
        <Space wrap>
          <input
            type="file"
            aria-label={t('chooseAFile')}
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
          />
          {busy && (
            <span role="status">
              {t('importing')}{' '}
              <Progress percent={99} status="active" showInfo={false} size="small" style={{ width: 120 }} />
            </span>
          )}
        </Space>
        {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      </Card>
      {result && (
        <>
          <Alert
            style={{ margin: '16px 0' }}
            type="success"
            data-testid="import-result"
            title={
              <>
                <span data-user-content>{result.title}</span>
                {t('importCounts', {
                  chapters: result.counts.chapters,
                  indicators: result.counts.indicators,
                  projects: result.counts.projects,
                  diagnostics: result.diagnostics.length,
                })}
              </>
            }
            action={
              <Link to={`/plans/${result.id}`}>
                <Button type="primary" data-testid="open-draft">
                  {t('reviewAndPublish')}
                </Button>
              </Link>
            }
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card
                title={t('source')}
                styles={{ body: { maxHeight: 520, overflow: 'auto', fontFamily: 'monospace', fontSize: 12 } }}
              >
                <div data-user-content>
                  {source.map((line) => {
                    const d = marked.get(line.no);
                    return (
                      <div key={line.no}>
                        {line.opensPage && (
                          <div
                            data-testid="source-page"
                            style={{ color: '#6e6e6e', borderTop: '1px dashed #d9d9d9', marginTop: 4 }}
                          >
                            {t('pageNo', { n: line.page ?? '' })}
                          </div>
                        )}
                        <div
                          style={{
                            background: d ? (d.severity === 'warning' ? '#fff8c5' : '#ddf4ff') : undefined,
                          }}
                          title={d ? (isEnglish() ? d.messageEn : d.message) : undefined}
                        >
                          <span style={{ color: '#6e6e6e', display: 'inline-block', width: 44 }}>
                            {line.no}
                          </span>
                          {line.text}
                        </div>
                      </div>
                    );
                  })}
                </div>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card>
                <Tabs
                  items={[
                    {
                      key: 'structure',
                      label: t('recoveredStructure'),
                      children: (
                        <Tree
                          height={480}
                          treeData={outlineTree(outline)}
                          defaultExpandedKeys={outline.map((n) => n.id)}
                          data-user-content
                        />
                      ),
                    },
                    {
                      key: 'diagnostics',
                      label: `${t('diagnostics')} (${result.diagnostics.length})`,
                      children: (
                        <List
                          size="small"
                          dataSource={result.diagnostics}
                          renderItem={(d) => (
                            <List.Item>
                              <Tag
                                color={
                                  d.severity === 'error'
                                    ? TAG.red
                                    : d.severity === 'warning'
                                      ? TAG.gold
                                      : TAG.blue
                                }
                              >
                                {d.line
                                  ? `${d.page ? `${t('pageShort', { n: d.page })} ` : ''}${d.line}`
                                  : '—'}
                              </Tag>
                              {isEnglish() ? d.messageEn : d.message}
                            </List.Item>
                          )}
                        />
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
