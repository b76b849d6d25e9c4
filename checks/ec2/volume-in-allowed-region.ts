import { residencyCheck } from '../../src/check/kit/residency.js';

export default residencyCheck({ id: 'ec2.volume-in-allowed-region', resident: 'ebs-volume', severity: 'high' });
