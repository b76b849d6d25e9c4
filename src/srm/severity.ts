/** The verdict vocabulary shared by checks, results and reports. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'informational';

/** Most severe first: the order reports list and `--fail-on` compares. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'informational'];

/** PASS and FAIL are verdicts; ERROR means the check could not decide. */
export type Status = 'PASS' | 'FAIL' | 'ERROR';
