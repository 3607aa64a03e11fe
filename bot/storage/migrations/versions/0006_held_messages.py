"""messages held while the action server is down, and duty alert claims (issue 12: nothing lost when parts fail)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('held_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sender_id', sa.String(length=255), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('held_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_messages_sender_id'), ['sender_id'], unique=False)
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_claimed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.drop_column('alert_claimed_at')
    with op.batch_alter_table('held_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_messages_sender_id'))
    op.drop_table('held_messages')
