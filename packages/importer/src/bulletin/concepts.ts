/**
 * The synonym table: what a statistical bulletin (统计公报) or a government work report calls each statistic a plan
 * tracks. It is data: add a row or a name here, not a rule in the reader (docs/bulletin.md lists the rows).
 *
 * `names` are regular-expression sources matched against the cleaned text (simplified characters, ASCII digits, % and
 * letters). Where names of two statistics overlap, the longest match wins, so `OTHER_STATISTICS` lists statistics
 * that contain a tracked name but are something else (人均地区生产总值 is not 地区生产总值).
 */

/** How a bulletin reports the statistic: a level in money or people, a percentage level, or only its change. */
export type Measure = 'amount' | 'share' | 'change' | 'count';

export interface Concept {
  readonly id: string;
  /** The usual name, used in messages. */
  readonly label: string;
  readonly names: readonly string[];
  readonly measure: Measure;
  /** The unit the bulletin usually prints (levels are converted from 万元, 人… into the indicator's unit). */
  readonly unit: string;
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'gdp',
    label: '地区生产总值',
    names: ['地区生产总值', '国内生产总值', '生产总值', 'GDP'],
    measure: 'amount',
    unit: '亿元',
  },
  { id: 'fiscal_total', label: '财政总收入', names: ['财政总收入'], measure: 'amount', unit: '亿元' },
  {
    id: 'budget_revenue',
    label: '一般公共预算收入',
    names: ['(?:地方)?一般公共预算收入', '(?:地方)?公共财政预算收入', '地方财政一般预算收入'],
    measure: 'amount',
    unit: '亿元',
  },
  {
    id: 'fixed_investment',
    label: '固定资产投资',
    names: ['(?:全社会|500万元以上|五百万元以上)?固定资产投资'],
    measure: 'amount',
    unit: '亿元',
  },
  {
    id: 'retail_sales',
    label: '社会消费品零售总额',
    names: ['社会消费品零售总额', '社零总额'],
    measure: 'amount',
    unit: '亿元',
  },
  {
    id: 'foreign_investment',
    label: '实际利用外资',
    names: [
      '(?:实际)?利用外资(?:实际到位资金)?',
      '实际使用外资(?:金额)?',
      '外商投资实际到位(?:资金)?',
      '外资实际到位(?:资金)?',
    ],
    measure: 'amount',
    unit: '亿元',
  },
  {
    id: 'domestic_investment',
    label: '实际利用内资',
    names: ['实际利用内资', '实际(?:利用|引进)(?:省外|市外|境内)资金'],
    measure: 'amount',
    unit: '亿元',
  },
  {
    id: 'income_all',
    label: '居民人均可支配收入',
    names: ['(?:全体|全市|全省|全县|全区|城乡)?(?:常住)?居民人均可支配收入'],
    measure: 'amount',
    unit: '元',
  },
  {
    id: 'income_urban',
    label: '城镇居民人均可支配收入',
    names: ['城镇(?:常住)?居民人均可支配收入', '城市居民人均可支配收入'],
    measure: 'amount',
    unit: '元',
  },
  {
    id: 'income_rural',
    label: '农村居民人均可支配收入',
    names: ['(?:农村|乡村)(?:常住)?居民人均可支配收入', '农民人均可支配收入'],
    measure: 'amount',
    unit: '元',
  },
  { id: 'unemployment', label: '城镇登记失业率', names: ['城镇登记失业率'], measure: 'share', unit: '%' },
  {
    id: 'population',
    label: '常住人口',
    names: ['(?:年末)?常住(?:总)?人口'],
    measure: 'amount',
    unit: '万人',
  },
  {
    id: 'urbanisation',
    label: '常住人口城镇化率',
    names: ['常住人口城镇化率', '城镇化率'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'new_jobs',
    label: '城镇新增就业',
    names: ['城镇新增就业(?:人数)?', '新增城镇就业(?:人数)?'],
    measure: 'amount',
    unit: '万人',
  },
  {
    id: 'medical_insurance',
    label: '基本医疗保险参保率',
    names: ['基本医疗保险(?:参保率|覆盖率)', '基本医保参保率'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'pension_insurance',
    label: '基本养老保险参保率',
    names: ['基本养老保险(?:参保率|覆盖率)'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'schooling_years',
    label: '平均受教育年限',
    names: ['(?:国民|人均|劳动年龄人口)(?:平均)?受教育年限'],
    measure: 'count',
    unit: '年',
  },
  {
    id: 'preschool_enrolment',
    label: '学前三年教育毛入园率',
    names: ['(?:幼儿)?学前(?:三年)?(?:教育)?毛入园率'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'beds_per_1000',
    label: '每千人口医疗卫生机构床位数',
    names: ['每千(?:常住)?人口(?:医疗卫生机构)?床位数?', '千人病床数'],
    measure: 'count',
    unit: '张',
  },
  {
    id: 'surface_water',
    label: '地表水达到或好于Ⅲ类水体比例',
    names: [
      '地表水(?:达到或好于|好于|优于)?(?:III|Ⅲ|三)类(?:水质|水体)(?:断面)?(?:比例|占比)',
      '地表水(?:I|Ⅰ)\\s*[～~\\-—至]\\s*(?:III|Ⅲ)类水质断面(?:占比|比例)',
      '地表水(?:国考|国控|省考|省控)?断面水质优良(?:比例|率)',
    ],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'energy_intensity',
    label: '单位地区生产总值能耗',
    names: ['(?:单位|万元)(?:地区)?生产总值能耗', '(?:单位|万元)GDP能耗'],
    measure: 'change',
    unit: '%',
  },
  {
    id: 'waste_recycling',
    label: '生活垃圾回收利用率',
    names: ['生活垃圾(?:资源化)?回收利用率'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'green_coverage',
    label: '建成区绿化覆盖率',
    names: ['(?:城市)?建成区(?:园林)?绿化覆盖率'],
    measure: 'share',
    unit: '%',
  },
  {
    id: 'pm25',
    label: 'PM2.5平均浓度',
    names: ['(?:细颗粒物)?[(（]?PM2\\.5[)）]?(?:年)?平均浓度', 'PM2\\.5浓度'],
    measure: 'amount',
    unit: '微克/立方米',
  },
  {
    id: 'good_air_days',
    label: '空气质量优良天数比例',
    names: ['(?:空气质量)?优良天数比例', '空气(?:质量)?优良天数比率', '空气质量优良率'],
    measure: 'share',
    unit: '%',
  },
  { id: 'forest_cover', label: '森林覆盖率', names: ['森林覆盖率'], measure: 'share', unit: '%' },
];

/** Statistics whose names contain a tracked name but which are other things; matching them keeps the shorter name out. */
export const OTHER_STATISTICS: readonly string[] = [
  '人均(?:地区)?生产总值',
  '人均GDP',
  '亿元(?:地区)?生产总值',
  '城镇常住人口',
  '(?:乡村|农村)常住人口',
  '户籍人口城镇化率',
  '限额以上(?:企业|单位)?(?:社会)?消费品零售(?:总)?额',
  '脱贫(?:地区|县)农村(?:常住)?居民人均可支配收入',
];

/** Words of a plan indicator's name that ask for the change of a statistic rather than its level. */
export const GROWTH_NAME = /(?:年均)?(?:增速|增长率?|增幅)$|累计(?:降低|下降|减少)$/;
