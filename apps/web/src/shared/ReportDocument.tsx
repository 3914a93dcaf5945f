/**
 * A report rendered as a readable page — the public version on the portal and the staff editor alike. Plain
 * elements only (the portal carries no Ant Design); tables scroll sideways on a phone. `paragraph` lets the
 * staff editor replace a paragraph with its editing controls.
 */
import type { ReactNode } from 'react';
import type { ReportBlock, ReportContent } from './report-types.ts';

function Block({
  block,
  paragraph,
}: {
  block: ReportBlock;
  paragraph?: (b: Extract<ReportBlock, { type: 'paragraph' }>) => ReactNode;
}) {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case 'paragraph':
      return paragraph ? (
        <>{paragraph(block)}</>
      ) : (
        <p className="report-p" data-block={block.id}>
          {block.text}
        </p>
      );
    case 'table':
      return (
        <figure className="report-table" data-block={block.id}>
          <figcaption>{block.title}</figcaption>
          <div className="report-table-scroll">
            <table>
              <thead>
                <tr>
                  {block.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((r, k) =>
                  r.kind === 'group' ? (
                    <tr key={k} className="report-group">
                      <th colSpan={block.columns.length} scope="rowgroup">
                        {r.text}
                      </th>
                    </tr>
                  ) : (
                    <tr key={k}>
                      {r.cells.map((c, j) => (
                        <td key={j} title={c.source ? `${c.source.year} · ${c.source.approval}` : undefined}>
                          {c.text}
                        </td>
                      ))}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </figure>
      );
  }
}

export function ReportDocument({
  content,
  paragraph,
}: {
  content: ReportContent;
  paragraph?: (b: Extract<ReportBlock, { type: 'paragraph' }>) => ReactNode;
}) {
  return (
    <article className="report" lang="zh-CN">
      <h1 className="report-title">{content.title}</h1>
      <p className="report-p">{content.preamble}</p>
      {content.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          <h2>{s.heading}</h2>
          {s.blocks.map((b) => (
            <Block key={b.id} block={b} paragraph={paragraph} />
          ))}
        </section>
      ))}
      <p className="report-sign">
        {content.issuer}
        <br />
        {content.date}
      </p>
    </article>
  );
}
