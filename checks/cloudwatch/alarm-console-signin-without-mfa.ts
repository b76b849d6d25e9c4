import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-console-signin-without-mfa', monitors: 'console-signin-without-mfa', severity: 'medium' });
