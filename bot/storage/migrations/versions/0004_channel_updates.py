"""channel updates handled once, unreadable arrivals noted without content, long button payloads

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('unreadable_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('message_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conversation_id', 'message_id', name='uq_unreadable_message')
    )
    with op.batch_alter_table('unreadable_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unreadable_messages_conversation_id'), ['conversation_id'], unique=False)
    op.create_table('channel_updates',
    sa.Column('channel', sa.String(length=64), nullable=False),
    sa.Column('update_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('channel', 'update_id')
    )
    with op.batch_alter_table('channel_updates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_updates_received_at'), ['received_at'], unique=False)
    op.create_table('button_payloads',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('button_payloads')
    with op.batch_alter_table('channel_updates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_updates_received_at'))
    op.drop_table('channel_updates')
    with op.batch_alter_table('unreadable_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unreadable_messages_conversation_id'))
    op.drop_table('unreadable_messages')
