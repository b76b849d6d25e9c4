import check from '../../../checks/cloudwatch/alarm-route-table-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 'route-table-changes');
