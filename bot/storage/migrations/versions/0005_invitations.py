"""invitation links for referrals; the case reference and an unmatched-link flag on conversations

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('case_reference', sa.String(length=64), nullable=False),
    sa.Column('team', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=3), nullable=True),
    sa.Column('audience', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_by', sa.Integer(), nullable=True),
    sa.Column('sender_id', sa.String(length=255), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=True),
    sa.Column('bound_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitations_token_hash'), ['token_hash'], unique=True)
        batch_op.create_index(batch_op.f('ix_invitations_team'), ['team'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitations_sender_id'), ['sender_id'], unique=False)
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_reference', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('unmatched_invitation', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('unmatched_invitation')
        batch_op.drop_column('case_reference')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitations_sender_id'))
        batch_op.drop_index(batch_op.f('ix_invitations_team'))
        batch_op.drop_index(batch_op.f('ix_invitations_token_hash'))
    op.drop_table('invitations')
