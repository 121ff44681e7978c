import type { CheckFormat } from '../checkArgs';
import type { CheckRun } from '../checkModel';
import type { FormatContext } from '../format';
import { formatCheckGithub } from './github';
import { formatCheckJson } from './json';
import { formatCheckSarif } from './sarif';
import { formatCheckText } from './text';

export function formatCheck(format: CheckFormat, run: CheckRun, context: FormatContext): string {
  switch (format) {
    case 'text':
      return formatCheckText(run, context.terminal);
    case 'json':
      return formatCheckJson(run);
    case 'sarif':
      return formatCheckSarif(run, context);
    case 'github':
      return formatCheckGithub(run);
  }
}
