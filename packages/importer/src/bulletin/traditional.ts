/**
 * Bulletins are often reposted in traditional characters (繁體). This table maps the traditional characters of
 * statistical prose to simplified ones — enough to read indicator names, units and the verbs around figures, not a
 * general converter. Pairs: traditional, then simplified.
 */
const PAIRS =
  '國国經经濟济區区縣县鎮镇鄉乡與与為为於于產产總总實实現现長长計计價价業业發发展展統统報报會会預预財财稅税' +
  '費费醫医療疗養养險险蓋盖層层農农戶户減减漲涨銷销額额資资權权機机構构設设備备電电氣气環环質质優优線线級级' +
  '類类淨净轉转從从這这個个門门們们來来時时務务學学義义點点際际體体內内兩两對对動动態态劃划將将據据處处數数' +
  '結结調调鑑鉴齡龄歲岁單单節节約约綠绿勞劳廣广場场趨趋勢势運运輸输郵邮倉仓儲储鐵铁貨货車车飛飞銀银貸贷餘余' +
  '證证營营訂订縮缩擴扩邊边東东陽阳灣湾關关聯联選选舉举議议講讲題题規规項项標标準准達达須须確确負负債债壓压' +
  '難难穩稳進进錢钱認认識识職职團团協协論论樣样衝冲擊击聽听寫写讀读廳厅網网絡络圖图書书館馆傳传視视頻频園园' +
  '藥药觀观遊游盤盘僅仅幾几億亿萬万專专閱阅擔担當当樓楼舊旧綜综並并創创興兴噸吨畝亩頭头隻只豬猪漁渔魚鱼糧粮' +
  '積积紅红貿贸歐欧亞亚華华雲云廠厂齊齐堅坚強强導导揚扬爭争續续臺台邁迈步步護护維维營营衛卫圍围個个總总' +
  '獲获較较萬万門门間间開开關关問问應应變变還还過过邊边後后於于會会歷历貫贯徹彻習习親亲臨临時时攻攻奮奋' +
  '徑径舉举實实裝装礎础鏈链齡龄險险補补貼贴勵励級级據据測测試试驗验紀纪錄录億亿兆兆倍倍匯汇率率購购買买' +
  '賣卖費费務务處处種种植植糧粮蔬蔬棉棉漿浆飼饲殺杀產产淨净縣县鎮镇鄉乡區区場场標标誌志記记貢贡獻献細细' +
  '顆颗濃浓帶带廢废滿满';

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i]!, chars[i + 1]!);
  }
  return map;
})();

/** Characters that occur only in traditional text, used to decide whether a document is traditional. */
const TELLTALE = /[國經濟區縣產總實現長計價業發統報會預財萬億]/g;

export function looksTraditional(text: string): boolean {
  return (text.match(TELLTALE)?.length ?? 0) >= 5;
}

export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
