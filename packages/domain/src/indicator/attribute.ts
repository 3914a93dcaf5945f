/** 预期性 (expected: realised mainly by market actors) or 约束性 (binding: a commitment the government must keep). */
export type Attribute = 'expected' | 'binding';
export type IndicatorAttributeZh = '预期性' | '约束性';

export function attributeFromZh(zh: IndicatorAttributeZh | null | undefined): Attribute {
  return zh === '约束性' ? 'binding' : 'expected';
}
