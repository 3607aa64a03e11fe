"""the pause after a disclosure: is "are you safe right now?" waiting for an answer (issue 11)

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('safe_check', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('safe_check_message', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('safe_check_message')
        batch_op.drop_column('safe_check')
