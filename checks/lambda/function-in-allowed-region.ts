import { residencyCheck } from '../../src/check/kit/residency.js';

export default residencyCheck({ id: 'lambda.function-in-allowed-region', resident: 'lambda-function', severity: 'high' });
