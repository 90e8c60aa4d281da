import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One e-ID sign-in in progress, kept in PostgreSQL so any API process can finish it. Only the
 * attempt id (a cookie) and the state (the provider round trip) go through the browser, and the
 * state is stored as its SHA-256. Single-use: `consumed_at` is set by the callback.
 */
@Entity()
@Unique(['stateHash'])
export class EidLoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  stateHash: string;

  /** PKCE code verifier; useless without the one-time authorization code. */
  @Column({ type: 'text' })
  codeVerifier: string;

  @Column({ type: 'text' })
  nonce: string;

  /** A same-origin relative path, checked before it is stored. */
  @Column({ type: 'text' })
  returnTo: string;

  /** The signed-in person who started the attempt to link e-ID to their account; null for a plain sign-in. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  linkUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'link_user_id' })
  linkUser?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
