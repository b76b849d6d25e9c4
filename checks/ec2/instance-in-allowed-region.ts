import { residencyCheck } from '../../src/check/kit/residency.js';

export default residencyCheck({ id: 'ec2.instance-in-allowed-region', resident: 'ec2-instance', severity: 'medium' });
