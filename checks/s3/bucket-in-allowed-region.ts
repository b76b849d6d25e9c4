import { residencyCheck } from '../../src/check/kit/residency.js';

export default residencyCheck({ id: 's3.bucket-in-allowed-region', resident: 's3-bucket', severity: 'high' });
