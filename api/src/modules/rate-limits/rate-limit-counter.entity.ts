import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window hit counters, kept in PostgreSQL so every API process sees the same counts. */
@Entity()
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
