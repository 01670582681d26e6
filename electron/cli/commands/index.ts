import type { CliCommand } from '../types';
import { infoCommand } from './info';
import { assessCommand } from './assess';
import { backupCommand } from './backup';
import { exportCommand } from './export';
import { importCommand } from './import';
import { priceCommand } from './price';
import { restoreCommand } from './restore';
import { sizeCommand } from './size';
import { warningsCommand } from './warnings';
import { stressCommand } from './stress';
import { tiersCommand } from './tiers';

/** Every CLI command; add one by adding its module here. */
export const commands: readonly CliCommand[] = [
  infoCommand,
  importCommand,
  exportCommand,
  assessCommand,
  priceCommand,
  backupCommand,
  restoreCommand,
  sizeCommand,
  warningsCommand,
  stressCommand,
  tiersCommand,
];
