import { monitoringCheck } from '../../src/lib/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-console-auth-failures', monitors: 'console-auth-failures', severity: 'low' });
