"""what happened after a disclosure, kept when it happened: the helplines the urgent reply gave (ids) and each
step of the pause (carry on, break, stop, came back)

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('helplines', sa.Text(), nullable=True))
    op.create_table(
        'pause_steps',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('step', sa.String(length=16), nullable=False),
        sa.Column('risk_flag_id', sa.Integer(), nullable=True),
        sa.Column('message_id', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('conversation_id', 'message_id', 'step', name='uq_pause_step_message'),
    )
    with op.batch_alter_table('pause_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pause_steps_conversation_id'), ['conversation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pause_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pause_steps_conversation_id'))
    op.drop_table('pause_steps')
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.drop_column('helplines')
