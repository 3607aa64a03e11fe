"""one thread, one alert: a later urgent message in the same pause is added to its disclosure's alert (stop-22 trial
V18: three duty alerts in one conversation); when Telegram's "delete everything?" was asked (V30)

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('joined_flag_id', sa.Integer(), nullable=True))
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delete_asked_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('delete_asked_at')
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.drop_column('joined_flag_id')
