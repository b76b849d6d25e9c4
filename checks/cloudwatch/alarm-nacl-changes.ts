import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-nacl-changes', monitors: 'nacl-changes', severity: 'low' });
