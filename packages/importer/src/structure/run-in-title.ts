/**
 * A heading printed with no separator before its first sentence, as PDF text gives it once the full stops
 * have become line breaks: "第一节稳定粮食生产能力严格执行基本农田保护制度，…". The title is a short verb-object
 * phrase; the sentence starts either by echoing the title's last words ("加强水利建设水利建设要…"), by naming its
 * topic before 要 ("优化能源结构能源建设要…"), or with a word that opens sentences in plans and hardly ever ends a
 * title (要, 通过, 坚持, 加快, 进一步…). The earliest such point, at least four characters in, ends the title.
 */

/** Words that open a plan's sentences ("通过加工转化…", "要始终把…") and rarely end a heading. */
const SENTENCE_OPENERS = [
  '要',
  '通过',
  '严格',
  '加快',
  '深化',
  '积极',
  '坚持',
  '继续',
  '进一步',
  '按照',
  '依靠',
  '根据',
  '在',
  '把',
  '抓住',
  '加强',
  '推进',
  '强化',
  '健全',
  '确立',
  '建立',
  '鼓励',
  '更好地',
  '保持',
  '依法',
  '实行',
  '大力',
  '努力',
  '着力',
  '切实',
  '全面',
  '巩固',
  '打破',
  '围绕',
  '针对',
  '适应',
  '逐步',
  '认真',
  '不断',
  '必须',
  '随着',
  '力争',
  '充分',
  '采取',
  '组织实施',
  '坚决',
  '统筹',
  '加大',
  '注重',
  '搞好',
  '推行',
  '着重',
  '今后',
  '当前',
  '目前',
];

/** A title never ends with a particle or conjunction, and the sentence never starts with one. */
const DANGLING_END = /[的和与及、地之对]$/;
const DANGLING_START = /^[的和与及、之]/;
const MIN_TITLE = 4;
const MAX_TITLE = 30;
/** Only a line this long can hide a sentence behind its heading. */
export const RUN_IN_MIN_LENGTH = 24;

function echoesTitle(title: string, tail: string): boolean {
  for (let k = Math.min(10, tail.length); k >= 2; k--) if (title.endsWith(tail.slice(0, k))) return true;
  return false;
}

/** "能源建设要…" after "优化能源结构": the sentence names a topic from the title, then says what it must do. */
function namesTopic(title: string, tail: string): boolean {
  const topic = tail.slice(0, 2);
  const must = tail.indexOf('要');
  return title.includes(topic) && must >= 2 && must <= 5;
}

/**
 * Splits a heading's text into its title and the sentence glued to it; `text` is '' when no sentence start is
 * found before the first clause mark.
 *
 * @example splitRunInTitle('稳定粮食生产能力严格执行基本农田保护制度，保持…') // { title: '稳定粮食生产能力', text: '严格执行…' }
 */
export function splitRunInTitle(rest: string): { title: string; text: string } {
  const stop = rest.search(/[，,；;：:。！？]/);
  const max = Math.min(stop < 0 ? rest.length : stop, MAX_TITLE);
  for (let p = MIN_TITLE; p < max; p++) {
    const title = rest.slice(0, p);
    const tail = rest.slice(p);
    if (DANGLING_END.test(title) || DANGLING_START.test(tail)) continue;
    if (
      echoesTitle(title, tail) ||
      namesTopic(title, tail) ||
      SENTENCE_OPENERS.some((o) => tail.startsWith(o))
    )
      return { title, text: tail };
  }
  return { title: rest, text: '' };
}
