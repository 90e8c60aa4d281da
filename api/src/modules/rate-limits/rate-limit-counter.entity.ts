import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One window per bucket, starting at its first hit: counts never straddle a clock boundary.
 * Kept in PostgreSQL so every API process sees the same counts.
 */
@Entity()
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
