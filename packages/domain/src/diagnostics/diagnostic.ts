/**
 * What the importer noticed and repaired, or could not read. Every diagnostic names the line it is about
 * and quotes it, so an administrator can check the repair against the source.
 */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  /** 1-based line in the decoded source (for .docx: the paragraph number). 0 for the whole file. */
  readonly line: number;
  /** 1-based page of that line, where the source has pages (PDF, or text with form feeds). */
  readonly page?: number;
  readonly excerpt: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
  readonly messageEn: string;
}

type Params = Readonly<Record<string, string | number>>;
type Messages = { severity: DiagnosticSeverity; zh: (p: Params) => string; en: (p: Params) => string };

export const DIAGNOSTIC_MESSAGES = {
  empty_input: {
    severity: 'error',
    zh: () => '文件为空，没有可导入的内容。',
    en: () => 'The file is empty: nothing to import.',
  },
  binary_input: {
    severity: 'error',
    zh: (p) => `文件不是可识别的文本、网页、Word（.docx）或 PDF 文档（${p.reason}）。`,
    en: (p) => `The file is not recognisable text, HTML, Word (.docx) or PDF (${p.reason}).`,
  },
  docx_unreadable: {
    severity: 'error',
    zh: (p) => `Word 文档无法读取：${p.reason}。`,
    en: (p) => `The Word document cannot be read: ${p.reason}.`,
  },
  docx_too_large: {
    severity: 'error',
    zh: (p) =>
      `Word 文档解压后超过 ${p.limitMb} MB（${p.part}），已停止读取：疑似压缩炸弹。请检查文件，或另存为较小的文档后重新导入。`,
    en: (p) =>
      `The Word document inflates beyond ${p.limitMb} MB (${p.part}); reading stopped: it looks like a zip bomb. Check the file, or save it as a smaller document and import it again.`,
  },
  pdf_no_text_layer: {
    severity: 'error',
    zh: (p) =>
      `PDF 为扫描件，无文字层（${p.pages} 页均无可提取的文字）：请先进行文字识别（OCR），或提供文字版 PDF、Word 或文本文件。`,
    en: (p) =>
      `The PDF is a scan without a text layer (none of its ${p.pages} pages has extractable text): run OCR first, or supply a text PDF, Word or text file.`,
  },
  pdf_pages_without_text: {
    severity: 'warning',
    zh: (p) => `第 ${p.pages} 页为扫描页，无文字层，其内容未能导入。`,
    en: (p) => `Page(s) ${p.pages} are scanned images without a text layer; their content was not imported.`,
  },
  pdf_unreadable: {
    severity: 'error',
    zh: (p) => `PDF 文件无法读取：${p.reason}。`,
    en: (p) => `The PDF file cannot be read: ${p.reason}.`,
  },
  pdf_pages_skipped: {
    severity: 'error',
    zh: (p) => `PDF 第 ${p.from}–${p.to} 页无法读取（${p.reason}），只导入了前 ${p.read} 页。`,
    en: (p) =>
      `PDF pages ${p.from}–${p.to} could not be read (${p.reason}); only the first ${p.read} pages were imported.`,
  },
  pdf_furniture_dropped: {
    severity: 'info',
    zh: (p) =>
      `已删除各页重复的页眉页脚 ${p.running} 行和页码 ${p.pageNumbers} 个（首处在第 ${p.first} 行）。`,
    en: (p) =>
      `Dropped ${p.running} running header/footer lines repeated across pages and ${p.pageNumbers} page numbers (first at line ${p.first}).`,
  },
  encoding_detected: {
    severity: 'info',
    zh: (p) => `按 ${p.encoding} 编码读取。`,
    en: (p) => `Read as ${p.encoding}.`,
  },
  invalid_bytes: {
    severity: 'warning',
    zh: (p) => `有 ${p.count} 处字节无法按 ${p.encoding} 解码，已替换为“�”。`,
    en: (p) => `${p.count} byte sequences are not valid ${p.encoding} and were replaced by "�".`,
  },
  no_title: {
    severity: 'warning',
    zh: () => '未找到规划标题（应以“规划”或“纲要”结尾）。',
    en: () => 'No plan title found (it should end in 规划 or 纲要).',
  },
  no_structure: {
    severity: 'error',
    zh: () => '未识别出任何章节结构（篇、章、节或“一、”），请检查文件是否为规划文本。',
    en: () => 'No outline (篇, 章, 节 or 一、) was recognised: is this a plan text?',
  },
  annex_found: {
    severity: 'info',
    zh: (p) => `“${p.title}”起为附件：其中的编号条目不计入规划的篇章结构，附件中的表格仍会读取。`,
    en: (p) =>
      `"${p.title}" starts an annex: its numbered entries are not part of the plan's outline; its tables are still read.`,
  },
  tables_without_outline: {
    severity: 'warning',
    zh: (p) =>
      `未识别出章节结构，但读到了 ${p.indicators} 项指标、${p.boxes} 个专栏：这可能是规划的附表或摘录，导入为规划需要正文。`,
    en: (p) =>
      `No outline was recognised, but ${p.indicators} indicators and ${p.boxes} boxes were read: this may be a plan's annex or an excerpt; importing it as a plan needs the body.`,
  },
  furniture_dropped: {
    severity: 'info',
    zh: (p) =>
      `已删除${p.where === 'before' ? '标题前' : '正文后'}的网页栏目内容 ${p.count} 行（第 ${p.from}–${p.to} 行）。`,
    en: (p) =>
      `Dropped ${p.count} lines of page furniture ${p.where === 'before' ? 'before the title' : 'after the end'} (lines ${p.from}–${p.to}).`,
  },
  running_header_dropped: {
    severity: 'info',
    zh: (p) => `正文中重复出现的标题（页眉）已删除 ${p.count} 处。`,
    en: (p) => `Dropped ${p.count} repeated title lines (running page headers) from the body.`,
  },
  page_numbers_dropped: {
    severity: 'info',
    zh: (p) => `已删除 ${p.count} 行孤立的页码（首处在第 ${p.first} 行）。`,
    en: (p) => `Dropped ${p.count} stray page-number lines (first at line ${p.first}).`,
  },
  heading_runs_split: {
    severity: 'info',
    zh: (p) => `${p.count} 行中标题与正文以连续空格相隔，已拆为标题和正文（首处在第 ${p.first} 行）。`,
    en: (p) =>
      `${p.count} lines held a heading and its text separated by a run of spaces; they were split (first at line ${p.first}).`,
  },
  toc_found: {
    severity: 'info',
    zh: (p) => `识别到目录（${p.entries} 条），用于校正正文标题。`,
    en: (p) => `Found a table of contents (${p.entries} entries), used to check the headings in the body.`,
  },
  toc_page_numbers: {
    severity: 'info',
    zh: (p) => `目录行末尾的页码已分离（${p.count} 行）。`,
    en: (p) => `Page numbers trailing ${p.count} table-of-contents lines were separated from the titles.`,
  },
  heading_whitespace: {
    severity: 'info',
    zh: (p) => `标题中的特殊空白字符已清除：“${p.title}”。`,
    en: (p) => `Unusual white space removed from the heading "${p.title}".`,
  },
  heading_number_missing: {
    severity: 'warning',
    zh: (p) => `标题缺少编号，已按目录补为“${p.expected}”。`,
    en: (p) => `The heading has no number; restored as "${p.expected}" from the table of contents.`,
  },
  heading_number_wrong: {
    severity: 'warning',
    zh: (p) => `标题编号“${p.found}”与目录不符，已按目录改为“${p.expected}”。`,
    en: (p) =>
      `The heading is numbered "${p.found}" but the table of contents says "${p.expected}"; renumbered.`,
  },
  heading_number_out_of_order: {
    severity: 'warning',
    zh: (p) => `标题编号“${p.found}”不连续，已按顺序改为“${p.expected}”。`,
    en: (p) => `The heading number "${p.found}" breaks the sequence; renumbered "${p.expected}".`,
  },
  heading_title_differs: {
    severity: 'warning',
    zh: (p) => `正文标题“${p.found}”与目录“${p.expected}”不一致，已采用目录标题。`,
    en: (p) =>
      `The heading "${p.found}" differs from the table of contents ("${p.expected}"); the latter is used.`,
  },
  heading_prefix_missing: {
    severity: 'warning',
    zh: (p) => `标题“${p.found}”缺少“${p.prefix}”前缀，已按目录识别为“${p.expected}”。`,
    en: (p) =>
      `The heading "${p.found}" lacks its "${p.prefix}" prefix; recognised as "${p.expected}" from the table of contents.`,
  },
  heading_joined: {
    severity: 'info',
    zh: (p) => `跨行的标题已合并：“${p.title}”。`,
    en: (p) => `A heading broken across lines was joined: "${p.title}".`,
  },
  heading_split_from_text: {
    severity: 'info',
    zh: (p) => `标题与正文连在同一行，已拆分出标题“${p.title}”。`,
    en: (p) => `A heading glued to its paragraph was split off: "${p.title}".`,
  },
  heading_missing_in_body: {
    severity: 'warning',
    zh: (p) => `目录中的“${p.expected}”在正文中未找到，已按目录补入（无正文）。`,
    en: (p) => `"${p.expected}" is in the table of contents but not in the body; added without text.`,
  },
  item_number_missing: {
    severity: 'warning',
    zh: (p) => `“${p.title}”单独成行且前后条目有编号，推断为第 ${p.no} 条（原文缺少“${p.marker}”编号）。`,
    en: (p) =>
      `"${p.title}" stands alone between numbered items; taken as item ${p.no} (its "${p.marker}" is missing).`,
  },
  indicator_table_flattened: {
    severity: 'info',
    zh: (p) => `指标表为每格一行的展开格式，已按 ${p.columns} 列重建 ${p.rows} 行。`,
    en: (p) =>
      `The indicator table is flattened one cell per line; rebuilt ${p.rows} rows of ${p.columns} columns.`,
  },
  indicator_extra_cell: {
    severity: 'warning',
    zh: (p) => `指标“${p.name}”多出 ${p.count} 个空白单元格（“——”），已忽略。`,
    en: (p) => `The indicator "${p.name}" has ${p.count} extra placeholder cells ("——"), ignored.`,
  },
  indicator_row_unreadable: {
    severity: 'warning',
    zh: (p) => `指标表中有无法识别的内容：“${p.text}”。`,
    en: (p) => `Unreadable content in the indicator table: "${p.text}".`,
  },
  indicator_target_unparsed: {
    severity: 'warning',
    zh: (p) => `指标“${p.name}”的目标值“${p.target}”无法解析为数值目标，按定性目标处理。`,
    en: (p) => `The target "${p.target}" of "${p.name}" is not a numeric target; treated as qualitative.`,
  },
  internal_error: {
    severity: 'error',
    zh: (p) => `导入程序内部错误（${p.reason}），请将文件提供给维护人员。`,
    en: (p) => `Internal importer error (${p.reason}); please send the file to the maintainers.`,
  },
  box_empty: {
    severity: 'info',
    zh: (p) => `专栏${p.no}没有编号的项目。`,
    en: (p) => `Box ${p.no} has no numbered projects.`,
  },
  bulletin_no_year: {
    severity: 'warning',
    zh: () => '未能确定公报所属年份（标题或首段中应有“20XX年”），读取的数值未标年份。',
    en: () =>
      'The year of the bulletin was not found (the title or first paragraph should name it); figures carry no year.',
  },
  bulletin_traditional: {
    severity: 'info',
    zh: () => '文本为繁体字，已按简体字读取指标名称。',
    en: () => 'The text is in traditional characters; indicator names were read as simplified.',
  },
  bulletin_unknown_indicator: {
    severity: 'warning',
    zh: (p) => `指标“${p.name}”不在同义词表中，无法从公报中读取，请手工填报。`,
    en: (p) =>
      `"${p.name}" is not in the synonym table and cannot be read from a bulletin; enter it by hand.`,
  },
  bulletin_unassigned: {
    severity: 'info',
    zh: (p) => `此处提到“${p.name}”，但未能读出数值（缺少单位或被截断）。`,
    en: (p) => `"${p.name}" is mentioned here but no figure could be read (no unit, or the text is cut off).`,
  },
  bulletin_unit_mismatch: {
    severity: 'warning',
    zh: (p) => `“${p.name}”的数值${p.value}${p.unit}无法换算为指标单位“${p.expected}”，未采用。`,
    en: (p) =>
      `${p.value} ${p.unit} for "${p.name}" does not convert into the indicator's unit "${p.expected}"; not used.`,
  },
  bulletin_conflict: {
    severity: 'warning',
    zh: (p) => `“${p.name}”${p.year}年的数值在前文已读为${p.kept}，此处为${p.found}，保留前者。`,
    en: (p) => `"${p.name}" for ${p.year} was already read as ${p.kept}; ${p.found} here is not used.`,
  },
} satisfies Record<string, Messages>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/** Builds a diagnostic with both messages; the excerpt is cut to 80 characters. */
export function diagnostic(
  code: DiagnosticCode,
  line: number,
  excerpt: string,
  params: Params = {},
): Diagnostic {
  const m: Messages = DIAGNOSTIC_MESSAGES[code];
  const cut = excerpt.length > 80 ? `${excerpt.slice(0, 80)}…` : excerpt;
  return {
    code,
    severity: m.severity,
    line,
    excerpt: cut,
    params,
    message: m.zh(params),
    messageEn: m.en(params),
  };
}
