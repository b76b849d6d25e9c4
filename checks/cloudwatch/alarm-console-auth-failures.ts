import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-console-auth-failures', monitors: 'console-auth-failures', severity: 'low' });
