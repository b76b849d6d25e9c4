import { describe, expect, it } from 'vitest';
import { exportableLogTypes, supportsIamAuthentication } from '../../src/lib/rds-engines.js';

describe('rds engines', () => {
  it('IAM database authentication: MySQL, MariaDB, PostgreSQL and Aurora only', () => {
    expect(['mysql', 'mariadb', 'postgres', 'aurora-mysql', 'aurora-postgresql'].every(supportsIamAuthentication)).toBe(true);
    expect(['oracle-ee', 'sqlserver-se', 'db2-se', undefined].some(supportsIamAuthentication)).toBe(false);
  });

  it('log types by engine prefix, Aurora PostgreSQL before Aurora MySQL', () => {
    expect(exportableLogTypes('aurora-postgresql')).toContain('postgresql');
    expect(exportableLogTypes('aurora-mysql')).toContain('slowquery');
    expect(exportableLogTypes('oracle-se2')).toContain('alert');
    expect(exportableLogTypes('sqlserver-ex')).toEqual(['agent', 'error']);
    expect(exportableLogTypes('neptune')).toEqual([]);
  });
});
