/** Unit scope on an indicator: a reporter reads and writes the values of its own unit's indicators only. */
import { maySeeUnit } from '@gangmu/domain';
import type { IndicatorsTable } from '@gangmu/storage';
import { CommandError } from '../command-error.ts';
import type { Caller } from '../context.ts';

export function assertIndicatorUnit(caller: Caller, indicator: IndicatorsTable): void {
  if (!maySeeUnit(caller, indicator.unit_id))
    throw new CommandError(
      'FORBIDDEN',
      `indicator ${indicator.id} belongs to another unit`,
      { indicatorId: indicator.id },
      { zh: '该指标由其他单位负责', en: 'This indicator belongs to another unit' },
    );
}
