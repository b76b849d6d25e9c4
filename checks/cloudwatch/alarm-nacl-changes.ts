import { monitoringCheck } from '../../src/lib/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-nacl-changes', monitors: 'nacl-changes', severity: 'low' });
