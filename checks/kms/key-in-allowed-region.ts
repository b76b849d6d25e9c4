import { residencyCheck } from '../../src/check/kit/residency.js';

export default residencyCheck({ id: 'kms.key-in-allowed-region', resident: 'kms-key', severity: 'medium' });
