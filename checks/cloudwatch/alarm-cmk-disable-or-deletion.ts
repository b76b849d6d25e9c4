import { monitoringCheck } from '../../src/check/kit/metric-filters.js';

export default monitoringCheck({ id: 'cloudwatch.alarm-cmk-disable-or-deletion', monitors: 'cmk-disable-or-deletion', severity: 'medium' });
